// consumer.c compiled as C++: the installed headers work from C++ too.
#include "consumer.c"
