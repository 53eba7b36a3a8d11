#ifndef HANDOVER_CLIBXML2_SHIM_H
#define HANDOVER_CLIBXML2_SHIM_H

// Debian's libxml2 headers enable ICU, whose headers clash with the copy
// shipped in the Swift toolchain ("UErrorCode has different definitions").
// Handover never uses libxml2's ICU features, so switch them off before the
// other headers are read.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlerror.h>

/// `xmlFree` is a macro-backed global function pointer; give Swift a function.
static inline void handover_xmlFree(void *pointer) { xmlFree(pointer); }

/// `xmlParserVersion` is a macro; expose it as a function.
static inline const char *handover_xmlParserVersion(void) { return xmlParserVersion; }

#endif
