#ifndef HANDOVER_CLIBPQ_SHIM_H
#define HANDOVER_CLIBPQ_SHIM_H

#include <libpq-fe.h>

#endif
