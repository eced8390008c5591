package org.l10nwb.bench;

import java.lang.management.ManagementFactory;

/**
 * The CPU time this process has used, all its threads together (the checks' pool, the collector,
 * the compiler): on a machine other builds share, the wall time of a run depends on how much of
 * the cores it got, its CPU time much less, so the benchmarks print both.
 */
final class CpuTime {
    private CpuTime() {
    }

    /** Nanoseconds of CPU used by the process so far, or -1 when the JVM does not say. */
    static long process() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /** The load average of the last minute, as the system reports it. */
    static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
