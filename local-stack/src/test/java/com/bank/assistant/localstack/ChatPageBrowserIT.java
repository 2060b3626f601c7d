package com.bank.assistant.localstack;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.stream.Stream;

import com.bank.assistant.localstack.stack.LocalStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chat page in a real browser (Debian's headless Chromium through chromedriver)
 * against the whole stack: the demo customer signs in with the authorization code flow
 * and PKCE, asks for a transfer, picks the recipient and confirms with the page's
 * buttons, and sees the receipt; then a transfer large enough for a step-up, confirmed
 * with the transaction PIN in the page's PIN field (a wrong one first). Runs last: it
 * moves the demo customer's money.
 */
@ExtendWith({ SharedLocalStack.class, StackLogDigest.class })
@Order(Integer.MAX_VALUE)
class ChatPageBrowserIT {

	private static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium");

	private static final String CHROMEDRIVER = System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");

	/** The longest a turn may take; the first after the stack starts is the slowest. */
	private static final Duration TURN = Duration.ofSeconds(60);

	private static LocalStack stack;

	private static Path profile;

	private static ChromeDriver browser;

	@BeforeAll
	static void openTheBrowser(LocalStack started) throws IOException {
		boolean installed = Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
		String missing = "Debian's chromium and chromium-driver are not installed (apt-get install chromium "
				+ "chromium-driver; .ci/run does), or point CHROMIUM_BINARY and CHROMEDRIVER at them";
		if (!installed && System.getenv("ASSISTANT_REQUIRE_BROWSER") != null) {
			throw new AssertionError(missing);
		}
		// A machine with only a JDK still passes ./mvnw verify; CI, which requires the
		// browser, always runs this test.
		Assumptions.assumeTrue(installed, missing + " (skipped)");
		stack = started;
		profile = Files.createTempDirectory("chromium-profile");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		// Without these Chromium waits for the network it reaches at start-up, and hangs
		// here.
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
	}

	@AfterAll
	static void closeTheBrowser() throws IOException {
		if (browser != null) {
			browser.quit();
		}
		if (profile != null) {
			try (Stream<Path> files = Files.walk(profile)) {
				files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
		}
	}

	@Test
	void demoSignsInTransfersTwentyReaisToAnaSouzaWithTheButtonsSeesTheReceiptAndSignsOut() {
		try {
			signInTransferAndSeeTheReceipt();
			signOutEndsTheServersSessionToo();
		}
		catch (RuntimeException | AssertionError ex) {
			throw new AssertionError(ex.getMessage() + "\nWhere the browser was: " + browser.getCurrentUrl()
					+ "\nWhat it showed: " + browser.findElement(By.tagName("body")).getText() + "\nIts console: "
					+ browser.manage().logs().get(LogType.BROWSER).getAll() + "\nThe conversation's reply log: "
					+ replyLogSeenByThePage(), ex);
		}
	}

	private static void signInTransferAndSeeTheReceipt() {
		// 127.0.0.1, not localhost: the web client's loopback redirect URI matches on any
		// port.
		browser.get(stack.gatewayUrl().replace("localhost", "127.0.0.1") + "/");
		new Select(browser.findElement(By.id("language"))).selectByValue("pt-BR");
		browser.findElement(By.id("sign-in")).click();
		signInAtTheAuthorizationServer("demo", "demo");

		// Enabled once the page has opened its conversation.
		WebElement message = new WebDriverWait(browser, TURN)
			.until(ExpectedConditions.elementToBeClickable(By.id("message")));
		assertThat(browser.findElement(By.cssSelector("[role=log]")).getAttribute("aria-live")).isEqualTo("polite");
		assertThat(message.getAccessibleName()).isEqualTo("Sua mensagem");
		message.sendKeys("transfere 20 reais pra Ana", Keys.ENTER);

		WebElement reply = reply(1);
		if (!"AWAITING_CONFIRMATION".equals(reply.getAttribute("data-dialog-state"))) {
			quickReply(reply, "Ana Souza"::equals).click();
			reply = reply(2);
		}
		assertThat(reply.getAttribute("data-dialog-state")).isEqualTo("AWAITING_CONFIRMATION");
		assertThat(normalized(reply.getText())).contains("R$ 20,00", "Ana Souza");
		// The keyboard presses it, as someone without a mouse would.
		quickReply(reply, (label) -> label.startsWith("Confirm")).sendKeys(Keys.ENTER);

		WebElement receipt = new WebDriverWait(browser, TURN).until(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector("li.assistant[data-dialog-state=COMPLETED] section.receipt")));
		assertThat(receipt.getAccessibleName()).isEqualTo("Comprovante da transferência");
		String shown = normalized(receipt.getText());
		assertThat(shown).contains("R$ 20,00", "Ana Souza")
			.containsPattern("Saldo após\\s+R\\$ \\d{1,3}(\\.\\d{3})*,\\d{2}");

		// Above R$ 500 (R$ 200 at night) a yes needs the transaction PIN, typed in the
		// page, never into the chat.
		browser.findElement(By.id("message")).sendKeys("manda 600 reais pra Ana Souza", Keys.ENTER);
		WebElement confirmation = latestReply("AWAITING_CONFIRMATION");
		assertThat(normalized(confirmation.getText())).contains("R$ 600,00", "Ana Souza");
		quickReply(confirmation, (label) -> label.startsWith("Confirm")).click();
		WebElement pin = new WebDriverWait(browser, TURN).until(ExpectedConditions
			.elementToBeClickable(By.cssSelector("li.assistant[data-dialog-state=STEP_UP] form.step-up input")));
		assertThat(pin.getAccessibleName()).isEqualTo("PIN de transação");
		assertThat(pin.getAttribute("type")).isEqualTo("password");
		pin.sendKeys("0000", Keys.ENTER);
		new WebDriverWait(browser, TURN)
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("alert"), "PIN incorreto"));
		browser.findElement(By.id("pin")).sendKeys("1234", Keys.ENTER);

		WebElement large = new WebDriverWait(browser, TURN).until((driver) -> driver
			.findElements(By.cssSelector("li.assistant[data-dialog-state=COMPLETED] section.receipt"))
			.stream()
			.filter((each) -> normalized(each.getText()).contains("R$ 600,00"))
			.findFirst()
			.orElse(null));
		assertThat(normalized(large.getText())).contains("Ana Souza");
		assertThat(browser.findElements(By.cssSelector("form.step-up"))).isEmpty();
		assertThat(browser.findElements(By.cssSelector("#log > li.customer")))
			.extracting((said) -> normalized(said.getText()))
			.as("the PIN never goes into the chat")
			.noneMatch((said) -> said.contains("0000") || said.contains("1234"));
	}

	/**
	 * Signing out ends the authorization server's session as well (RP-initiated logout),
	 * which sends the browser back to the page: signing in again asks for the password,
	 * rather than coming straight back signed in, as it would on a shared phone.
	 */
	private static void signOutEndsTheServersSessionToo() {
		browser.executeScript("window.beforeSignOut = true;");
		browser.findElement(By.id("sign-out")).click();
		new WebDriverWait(browser, TURN)
			.until((driver) -> driver.getCurrentUrl().startsWith(stack.gatewayUrl().replace("localhost", "127.0.0.1"))
					&& Boolean.TRUE.equals(browser.executeScript(
							"return window.beforeSignOut === undefined && document.readyState === 'complete';")));
		waitFor(By.id("sign-in")).click();

		waitFor(By.name("password"));
		assertThat(browser.getCurrentUrl()).startsWith(stack.issuerUrl() + "/login");
	}

	/** The newest assistant reply, once it is in {@code state}. */
	private static WebElement latestReply(String state) {
		return new WebDriverWait(browser, TURN).until((driver) -> {
			List<WebElement> all = driver.findElements(By.cssSelector("#log > li.assistant"));
			WebElement last = all.isEmpty() ? null : all.get(all.size() - 1);
			return (last != null && state.equals(last.getAttribute("data-dialog-state"))) ? last : null;
		});
	}

	/**
	 * What the gateway's event stream replays for the page's conversation, read for two
	 * seconds with the page's token: tells a reply that never came from one the page did
	 * not show.
	 */
	private static Object replyLogSeenByThePage() {
		browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
		return browser.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				const token = JSON.parse(sessionStorage.getItem('assistant.token') || '{}').accessToken;
				const conversation = sessionStorage.getItem('assistant.conversation');
				const abort = new AbortController();
				setTimeout(() => abort.abort(), 2000);
				fetch('/api/conversations/' + conversation + '/events', { signal: abort.signal,
						headers: { Authorization: 'Bearer ' + token, 'Last-Event-ID': '0' } })
					.then(async (response) => {
						let text = response.status + ' ';
						const reader = response.body.getReader();
						try {
							for (;;) {
								const { value, done: end } = await reader.read();
								if (end) break;
								text += new TextDecoder().decode(value);
							}
						} catch (e) { }
						done(text);
					})
					.catch((e) => done('failed: ' + e));
				""");
	}

	private static void signInAtTheAuthorizationServer(String username, String password) {
		waitFor(By.name("username")).sendKeys(username);
		browser.findElement(By.name("password")).sendKeys(password);
		browser.findElement(By.cssSelector("button[type=submit]")).click();
	}

	/** Waits for the assistant's {@code number}th reply in the log. */
	private static WebElement reply(int number) {
		By replies = By.cssSelector("#log > li.assistant");
		List<WebElement> all = new WebDriverWait(browser, TURN)
			.until(ExpectedConditions.numberOfElementsToBeMoreThan(replies, number - 1));
		return all.get(number - 1);
	}

	/** The reply's quick-reply button whose accessible name fits. */
	private static WebElement quickReply(WebElement reply, Predicate<String> label) {
		return reply.findElements(By.cssSelector("[role=group] button"))
			.stream()
			.filter((button) -> label.test(button.getAccessibleName()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No such button under: " + reply.getText()));
	}

	private static WebElement waitFor(By locator) {
		return new WebDriverWait(browser, TURN).until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	/**
	 * The text with the non-breaking spaces Intl puts after the currency symbol as
	 * spaces.
	 */
	private static String normalized(String text) {
		return text.replace('\u00a0', ' ').replace('\u202f', ' ');
	}

}
