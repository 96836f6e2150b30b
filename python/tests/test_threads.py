"""Threads: one model shared, the same results as serially, and the GIL released in C."""
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import precis
from conftest import NON_ASCII, golden_texts

TEXTS = [t for _, t in golden_texts()] + [NON_ASCII]


def views(model, text):
    doc = model.document(text)
    return (doc.summary().data, doc.brief().data, doc.facts(), doc.sentences())


def test_threads_give_the_serial_results(model):
    serial = [views(model, t) for t in TEXTS]
    with ThreadPoolExecutor(max_workers=6) as pool:
        for _ in range(3):
            threaded = list(pool.map(lambda t: views(model, t), TEXTS))
            assert threaded == serial


def test_one_document_shared_by_threads(model):
    doc = model.document(TEXTS[0])
    expect = doc.summary(sentences=2).data
    with ThreadPoolExecutor(max_workers=4) as pool:
        # different budgets on one document: the calls take turns, each gets its own
        results = list(pool.map(lambda n: doc.summary(sentences=n).data, [2, 1, 2, 3, 2, 1] * 3))
    assert results[0] == results[2] == expect
    assert [len(r["sentences"]) for r in results[:6]] == [2, 1, 2, 3, 2, 1]


def test_batch_same_at_any_thread_count():
    items = [{"id": f"d{i}", "text": t} for i, t in enumerate(TEXTS * 3)]
    one = list(precis.batch(items, jobs=1, as_json=True))
    four = list(precis.batch(items, jobs=4, window=5, as_json=True))
    assert one == four
    assert [r["id"] for r in precis.batch(items, jobs=3)] == [it["id"] for it in items]


def test_batch_window_bounds_what_is_read():
    taken = []

    def source():
        for i in range(1000):
            taken.append(i)
            yield TEXTS[i % len(TEXTS)]

    it = precis.batch(source(), jobs=2, window=6)
    next(it)
    assert len(taken) <= 7
    it.close()  # leaving early stops the pool


def test_gil_is_released_during_c_calls(model):
    """While one thread is inside libprecis on a long text, another runs Python code at
    nearly its full pace; if the GIL were held it could not run at all during the call."""
    text = "\n\n".join(TEXTS) * 200  # a few megabytes: a call of a good fraction of a second
    state = {"in_c": False, "done": False}

    def work():
        state["in_c"] = True
        t0 = time.perf_counter()
        model.document(text)  # one C call: precis_doc_new
        state["took"] = time.perf_counter() - t0
        state["done"] = True

    # the pace of the spinning loop alone
    n, t0 = 0, time.perf_counter()
    while time.perf_counter() - t0 < 0.2:
        n += 1
    alone = n / (time.perf_counter() - t0)

    t = threading.Thread(target=work)
    during = 0
    t.start()
    while not state["in_c"]:
        pass
    while not state["done"]:
        time.perf_counter()
        during += 1
    t.join()
    assert state["took"] > 0.05, "the text is too short to tell"
    pace = during / state["took"]
    # held, the pace would be about 0; released, near 1 (0.1 leaves room for a busy machine)
    assert pace > 0.1 * alone, (pace, alone, state["took"])
    print(f"GIL test: {pace / alone:.2f} of the pace alone during a {state['took']:.2f} s call")
