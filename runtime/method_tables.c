/* The full method tables of methods.h. Linked only when the image does not
 * define them itself: the host, and firmware whose program may look an
 * attribute up by a name known only at run time (backend-c/reach.c). Keep
 * this file to these tables. */
#include "datatypes.h"

#define RT_METHOD_ENTRY(name, object, ctype) { NAME(name), RT_OBJ(&object) },
#define RT_METHOD_TABLE_DEFINE(table, list) const AttrEntry table[] = { list(RT_METHOD_ENTRY) };
RT_METHOD_TABLES(RT_METHOD_TABLE_DEFINE)
