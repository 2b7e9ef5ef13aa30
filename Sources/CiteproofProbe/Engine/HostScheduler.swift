/// Decides which waiting request starts next: a global limit, a per-host limit, a minimum interval between
/// starts on one host, and delayed (backed-off) requests. Hosts take turns, so one busy host cannot starve others.
struct HostScheduler {
    private struct HostState {
        var waiting = FIFO<Int>()
        var active = 0
        var nextStart: UInt64 = 0
        /// In `readyHosts` or waiting for a host timer.
        var scheduled = false
    }

    private enum TimerAction {
        case hostMayStart(String)
        case jobReady(job: Int, host: String)
    }

    let maxActive: Int
    let perHostLimit: Int
    let perHostInterval: UInt64

    private var hosts: [String: HostState] = [:]
    private var readyHosts = FIFO<String>()
    private var timers = TimerHeap<TimerAction>()
    private(set) var active = 0

    init(maxActive: Int, perHostLimit: Int, perHostIntervalSeconds: Double) {
        self.maxActive = max(1, maxActive)
        self.perHostLimit = max(1, perHostLimit)
        self.perHostInterval = UInt64(max(0, perHostIntervalSeconds) * 1e9)
    }

    /// Queues `job` for `host`, to start no earlier than `notBefore`.
    mutating func enqueue(job: Int, host: String, notBefore: UInt64, now: UInt64) {
        if notBefore > now {
            timers.schedule(.jobReady(job: job, host: host), at: notBefore)
            return
        }
        hosts[host, default: HostState()].waiting.push(job)
        markIfRunnable(host, now: now)
    }

    /// The next job allowed to start now, with its host; the caller must start it and later call `finished`.
    mutating func nextStart(now: UInt64) -> (job: Int, host: String)? {
        fireTimers(now: now)
        while active < maxActive, let host = readyHosts.pop() {
            hosts[host]!.scheduled = false
            let state = hosts[host]!
            guard !state.waiting.isEmpty, state.active < perHostLimit, now >= state.nextStart else {
                markIfRunnable(host, now: now)
                continue
            }
            let job = hosts[host]!.waiting.pop()!
            hosts[host]!.active += 1
            hosts[host]!.nextStart = now + perHostInterval
            active += 1
            markIfRunnable(host, now: now)
            return (job, host)
        }
        return nil
    }

    mutating func finished(host: String, now: UInt64) {
        active -= 1
        hosts[host]!.active -= 1
        markIfRunnable(host, now: now)
        let state = hosts[host]!
        if state.active == 0, state.waiting.isEmpty, !state.scheduled, now >= state.nextStart {
            hosts[host] = nil  // an idle host whose interval has passed needs no memory
        }
    }

    /// The earliest instant a timer fires, for bounding the poll wait.
    var nextTimer: UInt64? { timers.nextDue }

    private mutating func fireTimers(now: UInt64) {
        while let action = timers.popDue(now: now) {
            switch action {
            case .hostMayStart(let host):
                hosts[host]?.scheduled = false
                markIfRunnable(host, now: now)
            case .jobReady(let job, let host):
                enqueue(job: job, host: host, notBefore: 0, now: now)
            }
        }
    }

    private mutating func markIfRunnable(_ host: String, now: UInt64) {
        guard let state = hosts[host], !state.scheduled, !state.waiting.isEmpty, state.active < perHostLimit else {
            return
        }
        hosts[host]!.scheduled = true
        if now >= state.nextStart {
            readyHosts.push(host)
        } else {
            timers.schedule(.hostMayStart(host), at: state.nextStart)
        }
    }
}
