import Dispatch
import Foundation

/// Maps indices `0..<count` on several threads; each thread builds its own worker once.
///
/// Work is handed out in small batches from a shared counter, so one huge file does not leave a core idle.
package enum ParallelMap {
    package static func run<T: Sendable>(
        count: Int, workers: Int, batch: Int = 8,
        makeWorker: @escaping @Sendable () -> (Int) -> T
    ) -> [T] {
        let results = ResultSlots<T>(count: count)
        let counter = SharedCounter()
        let threads = max(1, min(workers, (count + batch - 1) / batch))
        let drain: @Sendable () -> Void = {
            let work = makeWorker()
            while true {
                let start = counter.next(by: batch)
                if start >= count { break }
                for index in start..<min(start + batch, count) { results.store(work(index), at: index) }
            }
        }
        // Plain threads with large stacks (deeply nested files), the calling thread draining too:
        // no dependence on how wide libdispatch makes its global queue.
        let done = DispatchSemaphore(value: 0)
        for _ in 1..<threads {
            let thread = Thread {
                drain()
                done.signal()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        drain()
        for _ in 1..<threads { done.wait() }
        return results.values()
    }
}

/// Slots written by exactly one thread each, read after all threads finish.
///
/// A raw buffer, not an Array: `Array.withUnsafeMutableBufferPointer` moves the array's storage out for the
/// duration of the call, so two threads calling it at once corrupt memory.
private final class ResultSlots<T>: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<T?>
    private let count: Int

    init(count: Int) {
        self.count = count
        storage = UnsafeMutablePointer<T?>.allocate(capacity: max(count, 1))
        storage.initialize(repeating: nil, count: count)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    func store(_ value: T, at index: Int) {
        storage[index] = value
    }

    func values() -> [T] { UnsafeBufferPointer(start: storage, count: count).compactMap { $0 } }
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
