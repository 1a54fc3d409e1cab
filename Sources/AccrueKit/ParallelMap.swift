import Dispatch
import Foundation

/// Maps indices `0..<count` on several threads; each thread builds its own worker once.
///
/// Work is handed out in small batches from a shared counter, so one huge file does not leave a core idle.
enum ParallelMap {
    static func run<T: Sendable>(
        count: Int, workers: Int, batch: Int = 8,
        makeWorker: @Sendable () -> (Int) -> T
    ) -> [T] {
        let results = ResultSlots<T>(count: count)
        let counter = SharedCounter()
        let threads = max(1, min(workers, (count + batch - 1) / batch))
        DispatchQueue.concurrentPerform(iterations: threads) { _ in
            let work = makeWorker()
            while true {
                let start = counter.next(by: batch)
                if start >= count { break }
                for index in start..<min(start + batch, count) { results.store(work(index), at: index) }
            }
        }
        return results.values()
    }
}

/// Slots written by exactly one thread each, read after all threads finish.
private final class ResultSlots<T>: @unchecked Sendable {
    private var storage: [T?]

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func store(_ value: T, at index: Int) {
        storage.withUnsafeMutableBufferPointer { $0[index] = value }
    }

    func values() -> [T] { storage.compactMap { $0 } }
}

private final class SharedCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func next(by step: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        let current = value
        value += step
        return current
    }
}
