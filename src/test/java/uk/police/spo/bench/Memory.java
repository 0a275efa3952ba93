package uk.police.spo.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

	/**
	 * The heap in use after a full collection ({@code jcmd GC.run}, then {@code GC.heap_info}): what the items before
	 * left alive, the least heap the application could have run in, beside the resident memory it took.
	 */
	static long liveHeapMb(long pid) throws IOException, InterruptedException {
		jcmd(pid, "GC.run");
		// G1 prints one line for its heap; the serial collector one per generation ("def new", "tenured")
		Matcher used = Pattern.compile("(?:heap|generation)\\s+total \\d+K, used (\\d+)K")
			.matcher(jcmd(pid, "GC.heap_info"));
		long usedKb = 0;
		boolean found = false;
		while (used.find()) {
			usedKb += Long.parseLong(used.group(1));
			found = true;
		}
		if (!found) {
			throw new IllegalStateException("no heap figure from jcmd " + pid + " GC.heap_info");
		}
		return usedKb / 1024;
	}

	private static String jcmd(long pid, String command) throws IOException, InterruptedException {
		Process jcmd = new ProcessBuilder("jcmd", String.valueOf(pid), command).redirectErrorStream(true).start();
		String output = new String(jcmd.getInputStream().readAllBytes());
		if (jcmd.waitFor() != 0) {
			throw new IllegalStateException("jcmd " + pid + " " + command + ": " + output);
		}
		return output;
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
