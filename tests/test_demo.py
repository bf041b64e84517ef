"""The demo workspace holds the seeds' real data, as a newcomer should see it."""

from itadesk import scoring
from itadesk.db import Store, open_workspace


def test_demo_is_huaruea_2566_with_its_checklist_and_measures(demo_path):
    store = Store(open_workspace(demo_path))
    agency = store.agency()
    assert agency.full_name == "องค์การบริหารส่วนตำบลหัวเรือ"
    assert (agency.district, agency.province) == ("กวาปีปทุม", "มหาสารคาม")
    assert store.setting("open_year") == "2566"
    assert store.official_total(2566) == 86.49

    checklist = store.checklist(2566)
    assert len(checklist) == 43 and all(e.done for e in checklist.values())
    assert "No Gift Policy" in checklist["O32"].progress
    assert checklist["O40"].progress.count("\n- ") == 3  # four bullet points, as in seed 000

    full = store.measures(2566, "full")
    half = store.measures(2566, "half")
    assert [m.title[:36] for m in full[:3]] == [
        "มาตรการเสริมสร้างความซื่อสัตย์สุจริต",
        "มาตรการเปิดโอกาสให้ประชาชนมีส่วนร่วม",
        "มาตรการกำกับดูแลและตรวจสอบการใช้ทรัพ",
    ]
    # seed 000's IIT/EIT guidelines, one per indicator 1–8, all carried out
    guidelines = full[3:]
    assert [m.indicators for m in guidelines] == [(n,) for n in range(1, 9)]
    assert all(m.status == "done" and m.period == "ต.ค. ๖๕ – ก.ย. ๖๖" for m in guidelines)
    assert full[0].outcome.startswith("๑. จัดโครงการส่งเสริมคุณธรรมจริยธรรม")
    assert len(half) == 12 and half[0].title == "แนวทางการใช้งบประมาณ"
    assert half[0].recommendation == "๑. ควรรายงานการใช้จ่ายเงินงบประมาณเป็นรายไตรมาส"
    assert all(m.period for m in half)
    store.close()


def test_demo_scores_are_seed_003s(demo_path):
    store = Store(open_workspace(demo_path))
    framework = store.framework(2565)
    assert scoring.weighted_total(framework, store.scores(2565)) == 80.61
    assert store.official_total(2565) == 80.61
    assert scoring.changes(store.scores(2564), store.scores(2565))[9] == -12.21
    store.close()


def _texts(store: Store, year: int) -> list[str]:
    """Every text of a year a report prints: measures' fields and checklist notes."""
    out = []
    for m in store.measures(year):
        out += [m.title, m.steps, m.period, m.responsible, m.output, m.outcome, m.recommendation]
    out += [e.progress for e in store.checklist(year).values()]
    return [t for t in out if t]


def test_demo_data_names_only_its_own_office_and_is_written_tidily(demo_path):
    """The six-month measures come from another office's report (seed 001, อบต.หินตั้ง) and
    seed 000 itself had slips; the demo a newcomer prints must read as หัวเรือ's own."""
    store = Store(open_workspace(demo_path))
    texts = _texts(store, 2566)
    store.close()
    joined = "\n".join(texts)
    assert "หินตั้ง" not in joined
    assert "เทศบาล" not in joined  # หัวเรือ is an อบต.
    assert "อบต.หัวเรือ" in joined
    for slip in (
        "บุคคลกร",
        "พรบ.",
        "อื่นๆ",
        "ต่างๆ",
        "หน่วย ตรวจสอบ",
        "ตาม แผน",
        "การ ป้องกัน",
        "ให้ งาน",
        "ของ ฝ่าย",
    ):
        assert slip not in joined, slip
    assert "พ.ร.บ.ข้อมูลข่าวสารของราชการ" in joined
    # No step left hanging on a word that leads into the next ("พร้อมทั้ง", "ให้").
    for text in texts:
        for line in text.splitlines():
            assert not line.rstrip().endswith(("พร้อมทั้ง", " ให้", "ข้อมูลให้")), line


def test_demo_six_month_periods_end_within_the_round(demo_path):
    """The six-month round runs 1 ต.ค. ๖๕ – 31 มี.ค. ๖๖: no period may run past มี.ค."""
    store = Store(open_workspace(demo_path))
    half = store.measures(2566, "half")
    store.close()
    after = ("เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.")
    assert not [m.period for m in half if any(month in m.period for month in after)]
    assert sum(m.period == "ต.ค. ๖๕ – มี.ค. ๖๖" for m in half) == 11


def test_demo_checklist_notes_are_each_items_own(demo_path):
    """Seed 000 copied O15's note into O18 and O22's into O24; the demo writes each item's
    own result (E-Service; progress of the HR plan)."""
    store = Store(open_workspace(demo_path))
    checklist = store.checklist(2566)
    store.close()

    def core(code: str) -> str:  # the note without where it was published
        return checklist[code].progress.split(" ซึ่งเผยแพร่")[0].split(" และเผยแพร่")[0]

    notes = [core(code) for code in checklist]
    assert len(set(notes)) == len(notes)
    assert "E-Service" in checklist["O18"].progress and "คู่มือ" not in checklist["O18"].progress
    assert "ทรัพยากรบุคคล" in checklist["O24"].progress and "จัดซื้อจัดจ้าง" not in checklist["O24"].progress
