package org.weft.kernel.threads;

import org.weft.python.Interpreter;
import org.weft.python.RunResult;
import org.weft.python.runtime.Sinks;
import org.weft.python.runtime.ThreadState;

/**
 * A benchmark program, not a test: the cost of {@code %%timeline}'s sampler on bench/scaling's
 * CPU pattern (an arithmetic loop per thread). Runs rounds of N threads with and without a
 * sampled measurement, interleaved after a warm-up, and prints the medians and the overhead.
 *
 * <pre>java -cp CLASSES org.weft.kernel.threads.TimelineOverhead [THREADS] [SIZE] [ROUNDS] [SAMPLE_MS]</pre>
 */
public final class TimelineOverhead {
    private TimelineOverhead() {
    }

    public static void main(String[] args) {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : Runtime.getRuntime().availableProcessors();
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 3_000_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        String sample = args.length > 3 ? args[3] : "1.0";
        Interpreter py = new Interpreter();
        ThreadState ts = ThreadState.current();
        ts.setInterpreter(py);
        py.addBuiltinModule(new ThreadsModule(ts, () -> 1));
        String script = """
                import _weft_threads, threading, time
                def work(size):
                    x = 0
                    f = 1.0
                    for i in range(size):
                        x = (x + i * 7) % 1000003
                        f = f * 0.999999 + 1.0
                def one(n, size, sample):
                    mid = _weft_threads.measure(sample) if sample else None
                    ts = [threading.Thread(target=work, args=(size,)) for _ in range(n)]
                    t0 = time.perf_counter()
                    for t in ts: t.start()
                    for t in ts: t.join()
                    dt = time.perf_counter() - t0
                    if mid is not None:
                        r = _weft_threads.finish(mid, "bench", [])
                        assert r["samples"] > 0
                        costs.append(r["sampler_cpu"] / r["wall"])
                        shares.append(r["sampler_cpu"] / sum(row["cpu"] for row in r["rows"]))
                    return dt
                costs, shares = [], []
                for _ in range(8):
                    one(@N@, @SIZE@, 0); one(@N@, @SIZE@, @SAMPLE@)
                plain, sampled = [], []
                for k in range(@ROUNDS@):
                    # Alternate which goes first, so that an order effect cancels out.
                    if k % 2:
                        sampled.append(one(@N@, @SIZE@, @SAMPLE@)); plain.append(one(@N@, @SIZE@, 0))
                    else:
                        plain.append(one(@N@, @SIZE@, 0)); sampled.append(one(@N@, @SIZE@, @SAMPLE@))
                plain.sort(); sampled.sort()
                mp, ms = plain[len(plain) // 2], sampled[len(sampled) // 2]
                print("threads %d, size %d, rounds %d, sampling every %g ms" % (@N@, @SIZE@, @ROUNDS@, @SAMPLE@))
                print("median without sampler %.1f ms, with %.1f ms: overhead %+.1f%%" % (mp * 1e3, ms * 1e3, 100 * (ms / mp - 1)))
                costs.sort(); shares.sort()
                print("sampler CPU / CPU of the threads measured: median %.2f%%" % (100 * shares[len(shares) // 2]))
                print("sampler CPU per wall second: median %.2f%% of one core (%d samples/s per thread at most)" % (100 * costs[len(costs) // 2], 1000 / @SAMPLE@))
                print("best   without sampler %.1f ms, with %.1f ms: overhead %+.1f%%" % (plain[0] * 1e3, sampled[0] * 1e3, 100 * (sampled[0] / plain[0] - 1)))
                """.replace("@ROUNDS@", Integer.toString(rounds)).replace("@SIZE@", Integer.toString(size))
                .replace("@SAMPLE@", sample).replace("@N@", Integer.toString(threads));
        RunResult r = py.runCell(script, "<overhead>", Sinks.SYSTEM);
        if (r.failed()) {
            System.err.println(String.join("", py.formatException(r.exception())));
            System.exit(1);
        }
    }
}
