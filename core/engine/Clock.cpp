#include "Clock.h"

#include "FastForwardClock.h"
#include "SystemClock.h"

namespace volnux {

std::shared_ptr<Clock> Clock::system()
{
    return std::make_shared<SystemClock>();
}

std::shared_ptr<Clock> Clock::fastForward()
{
    return std::make_shared<FastForwardClock>();
}

} // namespace volnux
