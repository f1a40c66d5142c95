// A planted listing that times code with its own loop: tools/timing_check.py
// must reject it (CTest timing:planted-is-caught). Never compiled.
#include <chrono>

double ns_per_call()
{
    const auto start = std::chrono::steady_clock::now();
    const auto stop = std::chrono::steady_clock::now();
    return std::chrono::duration<double, std::nano>(stop - start).count();
}
