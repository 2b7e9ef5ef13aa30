#include <libxml/xmlversion.h>
/* Debian's libxml2 is built with ICU; its headers then clash with Foundation's
   copy of ICU ("'UErrorCode' has different definitions"). We need no ICU API. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlmemory.h>

/* xmlFree is a global function pointer: not concurrency-safe from Swift 6. */
static inline void citeproof_xmlFree(void *p) { xmlFree(p); }
