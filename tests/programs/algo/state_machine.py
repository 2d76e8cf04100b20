# A table-driven state machine parsing a simple protocol.
TRANSITIONS = {
    ("idle", "start"): "running",
    ("running", "pause"): "paused",
    ("paused", "resume"): "running",
    ("running", "stop"): "idle",
    ("paused", "stop"): "idle",
}
def run(events):
    state = "idle"
    trace = [state]
    for e in events:
        try:
            state = TRANSITIONS[(state, e)]
        except KeyError:
            trace.append("!" + e)
            continue
        trace.append(state)
    return trace
print(run(["start", "pause", "resume", "stop"]))
print(run(["pause", "start", "start", "stop", "stop"]))
