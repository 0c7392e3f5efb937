package app.relacta;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Starts Debian's Chromium through its chromedriver for the real-browser tests, without
 * letting Selenium download anything, and saves screenshots under target/screenshots.
 */
public final class BrowserSupport {

	private static final Path CHROMIUM = Path.of(System.getProperty("relacta.chromium", "/usr/bin/chromium"));

	private static final Path CHROMEDRIVER = Path
		.of(System.getProperty("relacta.chromedriver", "/usr/bin/chromedriver"));

	/** The width of a common phone, in CSS pixels: the view that matters most. */
	public static final int PHONE_WIDTH = 390;

	private BrowserSupport() {
	}

	/**
	 * Whether the browser tests can run here; used by {@code @EnabledIf}, so that a
	 * machine without Chromium reports them as skipped, with this reason.
	 */
	public static boolean chromiumAvailable() {
		return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
	}

	/**
	 * A headless Chromium whose viewport is exactly {@code width} x {@code height} CSS
	 * pixels, as a phone (mobile) or a desktop browser.
	 */
	public static ChromeDriver start(int width, int height, boolean mobile, String... extraArguments) {
		try {
			ChromeOptions options = new ChromeOptions();
			options.setBinary(CHROMIUM.toFile());
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--disable-dev-shm-usage", "--lang=en-GB", "--window-size=" + Math.max(width, 500) + "," + height,
					"--user-data-dir=" + Files.createTempDirectory("relacta-chromium"));
			options.addArguments(extraArguments);
			LoggingPreferences logs = new LoggingPreferences();
			logs.enable(LogType.BROWSER, Level.ALL);
			options.setCapability("goog:loggingPrefs", logs);
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
				.usingAnyFreePort()
				.build();
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
			viewport(driver, width, height, mobile);
			return driver;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static void viewport(ChromeDriver driver, int width, int height, boolean mobile) {
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
	}

	/**
	 * Makes the page follow a dark (or light) system setting, as a phone at night would.
	 */
	public static void preferColorScheme(ChromeDriver driver, String scheme) {
		driver.executeCdpCommand("Emulation.setEmulatedMedia",
				Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
	}

	/**
	 * Makes the browser ask for pages in a language, as a phone set to it would.
	 */
	public static void acceptLanguage(ChromeDriver driver, String languages) {
		driver.executeCdpCommand("Network.enable", Map.of());
		driver.executeCdpCommand("Network.setExtraHTTPHeaders",
				Map.of("headers", Map.of("Accept-Language", languages)));
	}

	/**
	 * The page's background brightness, 0 (black) to 255 (white).
	 */
	public static double backgroundBrightness(ChromeDriver driver) {
		String color = (String) driver
			.executeScript("return getComputedStyle(document.documentElement).backgroundColor");
		String[] rgb = color.replaceAll("[^0-9,.]", "").split(",");
		return 0.299 * Double.parseDouble(rgb[0]) + 0.587 * Double.parseDouble(rgb[1])
				+ 0.114 * Double.parseDouble(rgb[2]);
	}

	/**
	 * Clicks something that loads another page, and waits until the new page has replaced
	 * the old one (so the next look is at the new page, not a stale one).
	 */
	public static void clickAndWaitForPage(ChromeDriver driver, WebElement element) {
		WebElement oldPage = driver.findElement(By.tagName("html"));
		scrollIntoView(driver, element);
		element.click();
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
		wait.until((d) -> isGone(oldPage));
		wait.until((d) -> "complete".equals(driver.executeScript("return document.readyState")));
	}

	/**
	 * The same for an element found by a CSS selector. Finding and scrolling are tried
	 * again if the page was still settling (a viewport change can replace nodes); the
	 * click is made once.
	 */
	public static void clickAndWaitForPage(ChromeDriver driver, String css) {
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until((d) -> "complete".equals(driver.executeScript("return document.readyState")));
		WebElement element = null;
		for (int attempt = 1; element == null; attempt++) {
			try {
				WebElement found = driver.findElement(By.cssSelector(css));
				scrollIntoView(driver, found);
				element = found;
			}
			catch (org.openqa.selenium.WebDriverException ex) {
				if (attempt == 3) {
					throw ex;
				}
			}
		}
		clickAndWaitForPage(driver, element);
	}

	/**
	 * Whether an element's page has been replaced. Chromium reports that either as a
	 * stale element or as a node that "does not belong to the document".
	 */
	private static boolean isGone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (org.openqa.selenium.WebDriverException ex) {
			return true;
		}
	}

	private static void scrollIntoView(ChromeDriver driver, WebElement element) {
		driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
	}

	/**
	 * The errors the page wrote to the browser console since the last call.
	 */
	public static List<String> consoleErrors(ChromeDriver driver) {
		return driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.toList();
	}

	/**
	 * How many pixels of a canvas have been painted (are not fully transparent).
	 */
	public static long paintedPixels(ChromeDriver driver, String canvasId) {
		return (Long) driver.executeScript("const canvas = document.getElementById(arguments[0]);"
				+ "const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;"
				+ "let painted = 0; for (let i = 3; i < data.length; i += 4) { if (data[i] > 0) painted++; }"
				+ "return painted;", canvasId);
	}

	/**
	 * How much wider than the viewport the page is (0 when nothing sticks out sideways).
	 */
	public static long horizontalOverflow(ChromeDriver driver) {
		return (Long) driver
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
	}

	/**
	 * Saves what the browser shows as target/screenshots/{name}.png, to be looked at.
	 */
	public static Path screenshot(ChromeDriver driver, String name) {
		try {
			Path dir = Path.of("target", "screenshots");
			Files.createDirectories(dir);
			Path file = dir.resolve(name + ".png");
			Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A screenshot of the whole page, not only the visible part, at the given viewport
	 * width.
	 */
	public static Path fullPageScreenshot(ChromeDriver driver, String name, int width, int height, boolean mobile) {
		Number pageHeight = (Number) driver.executeScript("return document.documentElement.scrollHeight");
		viewport(driver, width, Math.max(height, pageHeight.intValue()), mobile);
		try {
			return screenshot(driver, name);
		}
		finally {
			viewport(driver, width, height, mobile);
		}
	}

}
