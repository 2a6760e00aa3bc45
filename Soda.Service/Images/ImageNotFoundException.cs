namespace Soda.Service.Images;

/// <summary>The store has no file for a dataset, and cannot make one.</summary>
public sealed class ImageNotFoundException(string message) : Exception(message);
