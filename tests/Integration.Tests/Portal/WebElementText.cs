using OpenQA.Selenium;

namespace Integration.Tests.Portal;

internal static class WebElementText
{
    /// <summary>An attribute or property the page sets, which the test needs; missing is a failure.</summary>
    public static string Attribute(this IWebElement element, string name) =>
        element.GetAttribute(name) ?? throw new InvalidOperationException($"<{element.TagName}> has no {name}");

    /// <summary>Chooses an option of a select element as a user would, so its change event fires.</summary>
    public static void Choose(this IWebElement select, string value) =>
        select.FindElement(By.CssSelector($"option[value='{value}']")).Click();
}
