"""Bad input, wrong types and bad options raise; nothing crashes and nothing is clamped."""
import pytest

import precis
from conftest import NON_ASCII


def test_invalid_utf8_bytes(model):
    with pytest.raises(precis.InputError) as e:
        model.document(b"Valid start. Then \xff\xfe broken bytes.")
    assert e.value.status == precis.STATUS_INPUT
    assert isinstance(e.value, precis.PrecisError) and isinstance(e.value, ValueError)
    assert "byte 18" in str(e.value)
    with pytest.raises(precis.InputError):
        model.document(NON_ASCII.encode("utf-8")[:-1] + b"\xc3")  # cut in a character


def test_lone_surrogate(model):
    with pytest.raises(precis.InputError, match="not valid Unicode"):
        model.document("A sentence with a broken \ud800 surrogate.")


def test_wrong_types(model):
    with pytest.raises(TypeError):
        model.document(42)
    with pytest.raises(TypeError):
        model.document(["a list"])
    with pytest.raises(TypeError):
        model.document("Text.", sentences="3")
    with pytest.raises(TypeError):
        model.document("Text.", sentences=True)
    with pytest.raises(TypeError):
        model.document("Text.", title=7)
    with pytest.raises(TypeError):
        model.document("Text.", colour="blue")
    with pytest.raises(TypeError):
        precis.Model(lang=5)
    with pytest.raises(TypeError):
        precis.Document("not a model", "Text.")
    with pytest.raises(TypeError):
        model.document("Text. More text.").summary(words="ten")


@pytest.mark.parametrize("options,fragment", [
    ({"sentences": 0}, "sentences"),
    ({"sentences": 2.5}, "sentences"),
    ({"ratio": 1.5}, "ratio"),
    ({"redundancy": -1}, "redundancy"),
    ({"method": "magic"}, "method"),
    ({"date": "2024-02-30"}, "date"),
    ({"brief_words": -3}, "brief"),
    ({"sentences": 2, "words": 40}, "one summary budget"),
])
def test_bad_options(model, options, fragment):
    with pytest.raises(precis.OptionError) as e:
        model.document("A sentence. Another sentence.", **options)
    assert e.value.status == precis.STATUS_INVALID_OPTION
    assert e.value.status_name
    assert fragment in str(e.value)


def test_bad_option_in_a_view(model):
    doc = model.document(NON_ASCII)
    expect = doc.summary().data
    with pytest.raises(precis.OptionError):
        doc.summary(sentences=-1)
    with pytest.raises(precis.OptionError):
        doc.brief(words=0)
    assert doc.summary().data == expect  # the document is still fine


def test_bad_language():
    with pytest.raises(precis.PrecisError) as e:
        precis.Model(lang="not a language tag")
    assert e.value.status in (precis.STATUS_INVALID_OPTION, precis.STATUS_UNSUPPORTED)


def test_too_large(model):
    with pytest.raises(precis.InputError) as e:
        model.document("word " * 100, max_bytes=64)
    assert e.value.status == precis.STATUS_INPUT


def test_bad_model_file(tmp_path):
    with pytest.raises(FileNotFoundError):
        precis.Model(path=str(tmp_path / "missing.model"))
    junk = tmp_path / "junk.model"
    junk.write_bytes(b"this is not a model image" * 10)
    with pytest.raises(precis.PrecisError) as e:
        precis.Model(path=str(junk))
    assert e.value.status == precis.STATUS_MODEL


def test_empty_text(model):
    doc = model.document("")
    assert len(doc) == 0 and doc.sentences() == [] and doc.summary().sentences == []
    assert model.document("   \n\n  ").sentences() == []


def test_batch_arguments():
    with pytest.raises(ValueError):
        list(precis.batch(["x"], fields="summary,headline"))
    with pytest.raises(ValueError):
        list(precis.batch(["x"], jobs=0))
    with pytest.raises(precis.OptionError):
        list(precis.batch(["x"], sentences=0))
    with pytest.raises(TypeError):
        list(precis.batch(["x"], model="default"))


def test_batch_bad_items_do_not_stop_the_others():
    items = ["A first document. It has two sentences.", 42, {"title": "no text"},
             {"text": "Fine text here. And more.", "sentences": "many"},
             b"Broken \xff bytes in the middle of text that is otherwise long enough to be text.",
             "A last document. It is fine."]
    recs = list(precis.batch(items, jobs=2))
    assert [r["id"] for r in recs] == [f"-:{n}" for n in range(1, 7)]
    assert "summary" in recs[0] and "summary" in recs[5]
    assert "error" in recs[1] and "int" in recs[1]["error"]
    assert recs[2]["error"] == 'line 3 has no "text" string field'
    assert recs[3]["error"].startswith('field "sentences": ')
    assert recs[4]["invalid_utf8"] == 1 and "summary" in recs[4]


def test_errors_and_models_pickle():
    import pickle
    e = precis.OptionError(precis.STATUS_INVALID_OPTION, "sentences: expected a whole number")
    back = pickle.loads(pickle.dumps(e))
    assert type(back) is precis.OptionError and back.status == e.status and str(back) == str(e)
    m = pickle.loads(pickle.dumps(precis.Model(lang="en")))
    assert m.lang == "en" and m.document("One sentence here. And two.").lang == "en"
