"""Undo at the store level: any sequence of edits, undone in reverse, gives back what the
user saw before; redone, what they saw after (hypothesis)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from itadesk.db import Store, open_workspace

edit = st.one_of(
    st.tuples(
        st.just("score"),
        st.integers(1, 10),
        st.one_of(st.none(), st.floats(0, 100).map(lambda v: round(v, 2))),
    ),
    st.tuples(st.just("tick"), st.sampled_from(["O1", "O2", "O12", "O43"]), st.booleans()),
    st.tuples(st.just("note"), st.sampled_from(["O1", "O12"]), st.text(max_size=6)),
    st.tuples(st.just("add"), st.text(min_size=1, max_size=6)),
    st.tuples(st.just("rename"), st.integers(0, 3), st.text(max_size=6)),
    st.tuples(st.just("delete"), st.integers(0, 3)),
    st.tuples(st.just("move"), st.integers(0, 3), st.sampled_from([-1, 1])),
)


def _view(store: Store):
    return (
        store.scores(2567),
        {code: entry for code, entry in store.checklist(2567).items()},
        [(m.title, m.steps) for m in store.measures(2567)],
    )


def _apply(store: Store, op) -> None:
    measures = store.measures(2567)
    kind = op[0]
    if kind == "score":
        store.set_score(2567, op[1], op[2])
    elif kind == "tick":
        store.set_item_done(2567, op[1], op[2])
    elif kind == "note":
        store.set_item_field(2567, op[1], "progress", op[2])
    elif kind == "add":
        store.add_measure(2567, title=op[1])
    elif measures:
        target = measures[op[1] % len(measures)]
        if kind == "rename":
            store.update_measure(target.id, title=op[2])
        elif kind == "delete":
            store.delete_measure(target.id)
        else:
            store.move_measure(target.id, op[2])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(edit, min_size=1, max_size=12))
def test_undoing_every_edit_in_reverse_restores_what_the_user_saw(tmp_path_factory, ops):
    store = Store(open_workspace(tmp_path_factory.mktemp("undo") / "w.itadesk"))
    steps = []
    store.on_commit = steps.append
    before = _view(store)
    for op in ops:
        _apply(store, op)
    after = _view(store)
    store.on_commit = None
    for changes in reversed(steps):
        store.apply_changes(changes, undo=True)
    assert _view(store) == before
    for changes in steps:
        store.apply_changes(changes, undo=False)
    assert _view(store) == after
    store.close()
