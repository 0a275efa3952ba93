package uk.police.spo.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A process's resident memory as Linux reports it in /proc/&lt;pid&gt;/status, in MB. */
final class Memory {

	private Memory() {
	}

	/** Resident set size now ({@code VmRSS}). */
	static long residentMb(long pid) throws IOException {
		return field(pid, "VmRSS:");
	}

	/** The highest resident set size since the process started ({@code VmHWM}). */
	static long peakMb(long pid) throws IOException {
		return field(pid, "VmHWM:");
	}

	private static long field(long pid, String name) throws IOException {
		for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
			if (line.startsWith(name)) {
				return Long.parseLong(line.substring(name.length()).trim().split("\\s+")[0]) / 1024;
			}
		}
		throw new IllegalStateException(name + " not in /proc/" + pid + "/status");
	}

	static double loadAverage() {
		try {
			return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
		}
		catch (IOException e) {
			return Double.NaN;
		}
	}

}
