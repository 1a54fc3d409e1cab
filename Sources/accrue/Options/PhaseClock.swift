import Foundation

/// Prints how long each phase took to stderr when `ACCRUE_TIMINGS` is set (for profiling; off by default).
final class PhaseClock {
    private var last = Date()
    private let enabled = ProcessInfo.processInfo.environment["ACCRUE_TIMINGS"] != nil

    func mark(_ phase: String) {
        guard enabled else { return }
        let now = Date()
        FileHandle.standardError.write(Data(String(format: "%@: %.1f ms\n", phase, now.timeIntervalSince(last) * 1000).utf8))
        last = now
    }
}
