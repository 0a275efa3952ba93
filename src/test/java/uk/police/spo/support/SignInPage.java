package uk.police.spo.support;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** In a real browser: asks for a page, is sent to the one sign-in page, types the login and is sent back. */
public final class SignInPage {

	private SignInPage() {
	}

	/** Opens {@code path} (after the sign-in, its page) as {@code user} with the demo password. */
	public static void open(WebDriver driver, int port, String path, String user) {
		driver.get("http://localhost:" + port + path);
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(90));
		WebElement name = wait.until(d -> d.findElements(By.id("username")).stream().findFirst().orElse(null));
		name.sendKeys(user);
		driver.findElement(By.id("password")).sendKeys("demo", Keys.ENTER);
		wait.until(d -> !d.getCurrentUrl().contains("/login"));
	}

}
