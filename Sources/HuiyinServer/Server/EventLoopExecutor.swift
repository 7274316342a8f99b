import Foundation
import NIOCore
import NIOPosix

/// Runs Swift concurrency's tasks on the NIO event loops that read and write the sockets, instead of on
/// Swift's own cooperative pool.
///
/// Without it, every page request crosses threads at least twice: the event loop reads the request and
/// hands it to a task on the cooperative pool, and the response goes back to the event loop to be
/// written. With NIO's event loop group installed as the global executor, a task enqueued from an event
/// loop stays on that loop, so a request is read, handled (page reads run on the calling thread, see
/// `SQLitePageReaders`) and written by one thread.
///
/// The price: a task that computes for a long time without suspending (a large export, say) holds up
/// the connections of its event loop meanwhile, where on the cooperative pool it only took one of the
/// pool's threads. bcrypt already runs on NIO's thread pool (``Passwords``), and database writes on
/// GRDB's own queue, so neither blocks a loop.
public enum EventLoopExecutor {
    /// Set to `0` to keep Swift's own pool (to compare, or if a workload suffers from the price above).
    public static let environmentVariable = "HUIYIN_EVENT_LOOP_EXECUTOR"

    private static let lock = NSLock()
    nonisolated(unsafe) private static var installed: Bool?

    /// Installs NIO's event loop group as the global executor, once per process, before the server
    /// starts; later calls return the first answer. Returns whether tasks now run on the event loops.
    @discardableResult
    public static func install(environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        lock.withLock {
            if let installed { return installed }
            let result = environment[environmentVariable] != "0"
                && NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
            installed = result
            return result
        }
    }
}
