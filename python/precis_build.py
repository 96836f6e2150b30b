"""The cffi builder of the precis extension (API mode: a compiled C module over libprecis).

setup.py names it in ``cffi_modules``; it finds libprecis through ``find_libprecis`` (see
setup.py) and compiles ``precis/_ext.c`` with the declarations below into ``precis._precis``.
"""
import os
import sys

from cffi import FFI

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from locate import find_libprecis  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

# The part of include/precis/precis.h the package calls, plus the helpers of precis/_ext.c.
CDEF = """
typedef enum precis_status {
    PRECIS_OK = 0, PRECIS_E_NOMEM = -1, PRECIS_E_INVALID_ARG = -2, PRECIS_E_INVALID_OPTION = -3,
    PRECIS_E_MODEL = -4, PRECIS_E_INPUT = -5, PRECIS_E_UNSUPPORTED = -6, PRECIS_E_STATE = -7
} precis_status;
typedef struct precis_error { precis_status code; char message[256]; } precis_error;
typedef enum precis_view {
    PRECIS_VIEW_SPLIT = 0, PRECIS_VIEW_SUMMARY, PRECIS_VIEW_FACTS, PRECIS_VIEW_BRIEF,
    PRECIS_VIEW_EXPLAIN
} precis_view;
typedef enum precis_format {
    PRECIS_FORMAT_TEXT = 0, PRECIS_FORMAT_JSON, PRECIS_FORMAT_JSONL, PRECIS_FORMAT_MARKDOWN,
    PRECIS_FORMAT_HTML, PRECIS_FORMAT_JSON_PRETTY
} precis_format;
typedef struct precis_model precis_model;
typedef struct precis_doc precis_doc;
typedef struct precis_options { ...; } precis_options;
typedef struct precis_span { size_t start; size_t end; } precis_span;

const char *precis_version(void);
const char *precis_status_str(precis_status code);
void precis_free(void *p);
precis_status precis_model_load(const void *data, size_t len, precis_model **out, precis_error *err);
precis_status precis_model_default(precis_model **out, precis_error *err);
void precis_model_free(precis_model *model);
const char *precis_model_languages(const precis_model *model);
void precis_options_init(precis_options *opts);
precis_status precis_options_set(precis_options *opts, const char *name, const char *value,
                                 precis_error *err);
precis_status precis_doc_new(const precis_model *model, const char *text, size_t len,
                             const precis_options *opts, precis_doc **out, precis_error *err);
void precis_doc_free(precis_doc *doc);
size_t precis_doc_sentence_count(const precis_doc *doc);
const char *precis_doc_language(const precis_doc *doc);
double precis_doc_language_confidence(const precis_doc *doc);
bool precis_doc_has_facts(const precis_doc *doc);
size_t precis_doc_token_count(const precis_doc *doc);
precis_status precis_doc_render(precis_doc *doc, precis_view view, precis_format format,
                                char **out, size_t *len_out, precis_error *err);

precis_status pyp_views(const precis_model *model, const char *text, size_t len,
                        const precis_options *opts, unsigned fields, size_t not_text_ratio,
                        char **out, size_t *out_len, size_t *invalid, int *no_story,
                        precis_error *err);
void pyp_free(char *p);
void pyp_char_offsets(const char *text, size_t len, const size_t *offsets, size_t *out, size_t n);
"""

ffibuilder = FFI()
ffibuilder.cdef(CDEF)
_lib = find_libprecis()
with open(os.path.join(HERE, "precis", "_ext.c"), encoding="utf-8") as f:
    _source = f.read()
ffibuilder.set_source(
    "precis._precis",
    _source,
    include_dirs=_lib.include_dirs,
    extra_objects=_lib.extra_objects,
    libraries=_lib.libraries,
    library_dirs=_lib.library_dirs,
    runtime_library_dirs=_lib.runtime_library_dirs,
    # setuptools relinks only when a dependency is newer than the extension: name the
    # static library and the header, so that a rebuilt libprecis is never left out
    depends=_lib.extra_objects + [os.path.join(d, "precis", "precis.h") for d in _lib.include_dirs],
    extra_compile_args=["-std=c17"],
)

if __name__ == "__main__":
    ffibuilder.compile(verbose=True)
