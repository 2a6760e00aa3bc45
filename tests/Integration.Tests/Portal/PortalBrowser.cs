using System.Collections.ObjectModel;
using Integration.Tests.Robustness;
using Integration.Tests.Tap;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace Integration.Tests.Portal;

/// <summary>
/// The service on real Kestrel (a browser needs a socket) and headless Chromium from Debian driven
/// through its own chromedriver, so nothing is downloaded. Screenshots go to artifacts/portal in the
/// test output; the browser's console is read to find errors.
/// </summary>
internal sealed class PortalBrowser : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly LoopbackService _service;
    private readonly ChromeDriver _driver;

    private PortalBrowser(LoopbackService service, ChromeDriver driver)
    {
        _service = service;
        _driver = driver;
    }

    public static string ArtifactsFolder { get; } = Path.Combine(AppContext.BaseDirectory, "artifacts", "portal");

    /// <summary>The service's own HTTP client, to ask it what the page should show.</summary>
    public HttpClient Client => _service.Client;

    public IWebDriver Driver => _driver;

    public static PortalBrowser Start(TapFixture tap, int width = 1280, int height = 800)
    {
        // The page asks for up to 2000 rows; the fixture's default host caps MAXREC at 50.
        var service = LoopbackService.Start(tap, ("Query:HardMaxRec", "100000"));
        var options = new ChromeOptions { BinaryLocation = "/usr/bin/chromium" };
        options.AddArguments("--headless", "--no-sandbox", "--disable-gpu", $"--window-size={width},{height}");
        options.SetLoggingPreference(LogType.Browser, LogLevel.All);
        var driverService = ChromeDriverService.CreateDefaultService("/usr/bin");
        driverService.HideCommandPromptWindow = true;
        driverService.SuppressInitialDiagnosticInformation = true;
        return new PortalBrowser(service, new ChromeDriver(driverService, options, Patience));
    }

    public void Open(string path = "/") => _driver.Navigate().GoToUrl(new Uri(_service.Client.BaseAddress!, path));

    public IWebElement Find(string css) => _driver.FindElement(By.CssSelector(css));

    public ReadOnlyCollection<IWebElement> FindAll(string css) => _driver.FindElements(By.CssSelector(css));

    /// <summary>Waits until the element matching <paramref name="css"/> has the attribute, and returns its value.</summary>
    public string WaitForAttribute(string css, string attribute) =>
        new WebDriverWait(_driver, Patience).Until(driver =>
            driver.FindElements(By.CssSelector(css)).FirstOrDefault()?.GetAttribute(attribute));

    public void WaitUntil(Func<bool> condition) => new WebDriverWait(_driver, Patience).Until(_ => condition());

    public object? Script(string script, params object[] arguments) => _driver.ExecuteScript(script, arguments);

    /// <summary>
    /// Saves what the window shows as artifacts/portal/<paramref name="name"/>.png, scrolled so that
    /// <paramref name="top"/> (a CSS selector) is at the top when given, and returns its path.
    /// </summary>
    public string Screenshot(string name, string? top = null)
    {
        Script(top is null ? "window.scrollTo(0, 0)" : $"document.querySelector('{top}').scrollIntoView()");
        Directory.CreateDirectory(ArtifactsFolder);
        var path = Path.Combine(ArtifactsFolder, name + ".png");
        _driver.GetScreenshot().SaveAsFile(path);
        return path;
    }

    /// <summary>The console messages at error level since the last call (script errors, failed loads).</summary>
    public IReadOnlyList<string> ConsoleErrors() =>
        _driver.Manage().Logs.GetLog(LogType.Browser)
            .Where(entry => entry.Level >= LogLevel.Severe)
            .Select(entry => entry.Message)
            .ToList();

    public async ValueTask DisposeAsync()
    {
        _driver.Quit();
        _driver.Dispose();
        await _service.DisposeAsync();
    }
}
