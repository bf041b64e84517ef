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
