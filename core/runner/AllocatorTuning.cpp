// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/runner/AllocatorTuning.h"

#include <malloc.h>

namespace volnux {

void keepFreedMemoryForReuse()
{
    constexpr int kKept = 64 << 20;
    ::mallopt(M_TRIM_THRESHOLD, kKept);
    ::mallopt(M_MMAP_THRESHOLD, kKept);
}

} // namespace volnux
