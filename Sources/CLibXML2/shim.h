#ifndef HANDOVER_CLIBXML2_SHIM_H
#define HANDOVER_CLIBXML2_SHIM_H

// Debian's libxml2 headers enable ICU, whose headers clash with the copy
// shipped in the Swift toolchain ("UErrorCode has different definitions").
// Handover never uses libxml2's ICU features, so switch them off before the
// other headers are read.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>
#include <libxml/parserInternals.h>

/// `xmlFree` is a macro-backed global function pointer; give Swift a function.
static inline void handover_xmlFree(void *pointer) { xmlFree(pointer); }

/// `xmlParserVersion` is a macro; expose it as a function.
static inline const char *handover_xmlParserVersion(void) { return xmlParserVersion; }

/// Tells libxml2's schema validator the line the streaming parser `context` (an `xmlParserCtxtPtr`)
/// is on, so that validity errors carry line numbers.
static inline int handover_xmlSchemaLocator(void *context, const char **file, unsigned long *line) {
    xmlParserCtxtPtr parser = (xmlParserCtxtPtr)context;
    if (file != NULL) *file = NULL;
    if (line != NULL) *line = (parser != NULL && parser->input != NULL) ? (unsigned long)parser->input->line : 0;
    return 0;
}

/// The outcome of ``handover_xmlSchemaValidateIO``.
typedef enum {
    /// The document is well-formed and valid.
    HANDOVER_XML_VALID = 0,
    /// The document is well-formed but not valid.
    HANDOVER_XML_INVALID = 1,
    /// The document is not well-formed XML (or reading it failed).
    HANDOVER_XML_MALFORMED = 2,
    /// libxml2 could not set up the parser or validator.
    HANDOVER_XML_INTERNAL_ERROR = 3,
} handover_xml_validation_result;

/// Validates the document that `read` delivers against the schema of `validator`, in one streaming
/// pass: a SAX parser with no handlers of its own (so no tree is built) and libxml2's schema
/// validator plugged into its events.
///
/// The parser runs with XML_PARSE_NONET and XML_PARSE_HUGE and nothing else: no entity
/// substitution, no DTD loading or validation, no XInclude. XML_PARSE_HUGE lifts the 10,000,000-byte
/// limit on one text node to 1 GB, since an export writes a value of any size into data.xml (a
/// document kept in a database); the bundle's size limits bound it. Errors go to the validator's structured error
/// handler (validity) and to the thread's structured error handler (well-formedness), which the
/// caller sets.
static inline handover_xml_validation_result handover_xmlSchemaValidateIO(
    xmlSchemaValidCtxtPtr validator, xmlInputReadCallback read, void *readContext) {
    xmlSAXHandler handler;
    memset(&handler, 0, sizeof(handler));
    handler.initialized = XML_SAX2_MAGIC;
    xmlParserCtxtPtr parser = xmlCreateIOParserCtxt(
        &handler, NULL, read, NULL, readContext, XML_CHAR_ENCODING_NONE);
    if (parser == NULL) return HANDOVER_XML_INTERNAL_ERROR;
    xmlCtxtUseOptions(parser, XML_PARSE_NONET | XML_PARSE_HUGE);
    parser->linenumbers = 1;
    xmlSchemaValidateSetLocator(validator, handover_xmlSchemaLocator, parser);
    xmlSchemaSAXPlugPtr plug = xmlSchemaSAXPlug(validator, &parser->sax, &parser->userData);
    if (plug == NULL) {
        xmlSchemaValidateSetLocator(validator, NULL, NULL);
        xmlFreeParserCtxt(parser);
        return HANDOVER_XML_INTERNAL_ERROR;
    }
    xmlParseDocument(parser);
    int wellFormed = parser->wellFormed;
    xmlSchemaSAXUnplug(plug);
    xmlSchemaValidateSetLocator(validator, NULL, NULL);
    xmlFreeParserCtxt(parser);
    if (!wellFormed) return HANDOVER_XML_MALFORMED;
    return xmlSchemaIsValid(validator) == 1 ? HANDOVER_XML_VALID : HANDOVER_XML_INVALID;
}

#endif
