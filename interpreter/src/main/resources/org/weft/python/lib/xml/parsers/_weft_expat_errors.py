"""expat's error codes and messages (xml.parsers.expat.errors)."""

_MESSAGES = [
    (1, "XML_ERROR_NO_MEMORY", "out of memory"),
    (2, "XML_ERROR_SYNTAX", "syntax error"),
    (3, "XML_ERROR_NO_ELEMENTS", "no element found"),
    (4, "XML_ERROR_INVALID_TOKEN", "not well-formed (invalid token)"),
    (5, "XML_ERROR_UNCLOSED_TOKEN", "unclosed token"),
    (6, "XML_ERROR_PARTIAL_CHAR", "partial character"),
    (7, "XML_ERROR_TAG_MISMATCH", "mismatched tag"),
    (8, "XML_ERROR_DUPLICATE_ATTRIBUTE", "duplicate attribute"),
    (9, "XML_ERROR_JUNK_AFTER_DOC_ELEMENT", "junk after document element"),
    (10, "XML_ERROR_PARAM_ENTITY_REF", "illegal parameter entity reference"),
    (11, "XML_ERROR_UNDEFINED_ENTITY", "undefined entity"),
    (12, "XML_ERROR_RECURSIVE_ENTITY_REF", "recursive entity reference"),
    (13, "XML_ERROR_ASYNC_ENTITY", "asynchronous entity"),
    (14, "XML_ERROR_BAD_CHAR_REF", "reference to invalid character number"),
    (15, "XML_ERROR_BINARY_ENTITY_REF", "reference to binary entity"),
    (16, "XML_ERROR_ATTRIBUTE_EXTERNAL_ENTITY_REF",
     "reference to external entity in attribute"),
    (17, "XML_ERROR_MISPLACED_XML_PI",
     "XML or text declaration not at start of entity"),
    (18, "XML_ERROR_UNKNOWN_ENCODING", "unknown encoding"),
    (19, "XML_ERROR_INCORRECT_ENCODING",
     "encoding specified in XML declaration is incorrect"),
    (20, "XML_ERROR_UNCLOSED_CDATA_SECTION", "unclosed CDATA section"),
    (21, "XML_ERROR_EXTERNAL_ENTITY_HANDLING",
     "error in processing external entity reference"),
    (22, "XML_ERROR_NOT_STANDALONE", "document is not standalone"),
    (27, "XML_ERROR_UNBOUND_PREFIX", "unbound prefix"),
    (36, "XML_ERROR_FINISHED", "parsing finished"),
]

messages = {}
codes = {}
for _code, _name, _message in _MESSAGES:
    globals()[_name] = _message
    messages[_code] = _message
    codes[_message] = _code
del _code, _name, _message, _MESSAGES
