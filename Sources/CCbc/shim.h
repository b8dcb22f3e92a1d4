// COIN-OR CBC's C interface (Debian: coinor-libcbc-dev), for the opt-in exact window repair
// of the scheduler (`swift build --traits CBC`).
#include <Cbc_C_Interface.h>
