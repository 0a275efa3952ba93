package uk.police.spo.intake.browser;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium driven by Debian's chromedriver (their versions always match), headless, with a fresh profile.
 * Host names other than localhost resolve to nothing, so a test never sends traffic off this machine; the "exit"
 * site then shows the browser's own error page, which is all the tests need.
 */
public final class HeadlessChromium implements AutoCloseable {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private final ChromeDriver driver;

	private final Path profile;

	private HeadlessChromium(ChromeDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	/** Starts the browser, or fails (never skips) with the command that installs it. */
	public static HeadlessChromium start() {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			fail("The browser tests need Debian's Chromium and chromedriver at %s and %s. Install them with: "
					+ "apt-get install chromium chromium-driver", CHROMIUM, CHROMEDRIVER);
		}
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
		Path profile = temporaryProfile();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toString());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1280,1000", "--user-data-dir=" + profile,
				"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost");
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-GB"));
		LoggingPreferences logging = new LoggingPreferences();
		logging.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logging);
		try {
			ChromeDriver driver = new ChromeDriver(options);
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
			return new HeadlessChromium(driver, profile);
		}
		catch (RuntimeException e) {
			deleteQuietly(profile);
			throw e;
		}
	}

	public ChromeDriver driver() {
		return driver;
	}

	@Override
	public void close() {
		try {
			driver.quit();
		}
		finally {
			deleteQuietly(profile);
		}
	}

	private static Path temporaryProfile() {
		try {
			return Files.createTempDirectory("report-page-chromium-");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void deleteQuietly(Path directory) {
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException | UncheckedIOException ignored) {
			// a temporary profile left behind is harmless
		}
	}

}
