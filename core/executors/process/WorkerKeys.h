// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The integer map keys of WorkerProtocol's messages. They are part of the protocol (the cluster
// stores Run and Report payloads in Redis): never renumber them, only add.

namespace volnux::workerkeys {

enum Key : int
{
    Type = 0,
    Id = 1,
    Pid = 2,
    EventType = 3,
    EventName = 4,
    Params = 5,
    Input = 6,
    Previous = 7,
    Task = 8,
    Attempt = 9,
    MaxAttempts = 10,
    ThreadName = 11,
    Outcome = 12,
    Value = 13,
    Descriptor = 14,
    ErrorType = 15,
    ErrorMessage = 16,
    Log = 17,
    DroppedLog = 18,
    Start = 19,
    End = 20,
    Phase = 21,
    TimeoutMs = 22,
    Entries = 23, // below 24: a Reports frame's fixed prefix is one byte per key
    ScopeKey = 24,
    Jobs = 25,
    KeepsValue = 26,
};

} // namespace volnux::workerkeys
