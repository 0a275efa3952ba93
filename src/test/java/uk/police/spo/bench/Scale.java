package uk.police.spo.bench;

import java.time.Duration;

/** How big a run is: the full suite, or the short one that proves the suite runs (CI). */
record Scale(boolean quick, Duration intakeWarmUp, Duration intakeTime, int[] intakeClients, int referralCases,
		int timers, Duration timerLimit, int[] openCases, int queueSamples, Duration queueTimeLimit, int[] h2Clients,
		Duration h2IntakeTime, String[] jmhOptions) {

	static Scale fullRun() {
		return new Scale(false, Duration.ofSeconds(5), Duration.ofSeconds(15), new int[] { 1, 8, 32 }, 30, 10_000,
				Duration.ofMinutes(2), new int[] { 10_000, 100_000 }, 30, Duration.ofSeconds(30), new int[] { 8, 32 },
				Duration.ofSeconds(10), new String[] { "-wi", "2", "-w", "5s", "-i", "3", "-r", "5s" });
	}

	/** The full run's work queue item alone, at these numbers of open cases. */
	static Scale queuesAt(int[] openCases) {
		Scale full = fullRun();
		return new Scale(false, full.intakeWarmUp(), full.intakeTime(), full.intakeClients(), full.referralCases(),
				full.timers(), full.timerLimit(), openCases, full.queueSamples(), full.queueTimeLimit(), full.h2Clients(),
				full.h2IntakeTime(), full.jmhOptions());
	}

	/** The referrals and the timers alone: this many timers made due beside this many open cases not due. */
	static Scale jobsAt(int timers, int openCases) {
		Scale full = fullRun();
		return new Scale(false, full.intakeWarmUp(), full.intakeTime(), full.intakeClients(), full.referralCases(),
				timers, full.timerLimit(), new int[] { openCases }, full.queueSamples(), full.queueTimeLimit(),
				full.h2Clients(), full.h2IntakeTime(), full.jmhOptions());
	}

	static Scale quickRun() {
		return new Scale(true, Duration.ofSeconds(1), Duration.ofSeconds(3), new int[] { 1, 8, 32 }, 3, 100,
				Duration.ofMinutes(2), new int[] { 500, 1_000 }, 5, Duration.ofSeconds(15), new int[] { 8 },
				Duration.ofSeconds(3), new String[] { "-wi", "0", "-i", "1", "-r", "2s" });
	}

}
