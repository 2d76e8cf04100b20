/* AST -> IR lowering (entry point declared in ir.h). */
#ifndef MPYC_IR_LOWER_H
#define MPYC_IR_LOWER_H
#include "ir.h"
#endif
