/**
 * What the threads of a cell did: per-thread accounting (start, end, CPU time, time blocked) and a
 * sampler of thread states, behind the magics {@code %time}, {@code %%threads},
 * {@code %%timeline} and {@code %threads}. The {@link org.weft.kernel.threads.ThreadRegistry}
 * watches every Python thread the kernel's execution thread starts (through the interpreter's
 * {@code ThreadState.Observer}); a {@link org.weft.kernel.threads.Measurement} covers one cell; the
 * {@link org.weft.kernel.threads.TimelineSvg} draws its lanes; {@link org.weft.kernel.threads.ThreadsModule}
 * is the built-in module {@code _weft_threads} that the magics (Python, under
 * {@code lib/_weft_magics}) call.
 *
 * <p>Uses the interpreter's runtime and embedding API and {@code java.lang.management}; nothing of
 * the protocol, ZeroMQ or JSON.
 */
package org.weft.kernel.threads;
