#ifndef HANDOVER_CZLIBINFLATE_SHIM_H
#define HANDOVER_CZLIBINFLATE_SHIM_H

#include <zlib.h>

/// `inflateInit2` is a macro that passes the library version and stream size; give Swift a function.
static inline int handover_inflateInit2(z_streamp stream, int windowBits) {
    return inflateInit2(stream, windowBits);
}

#endif
