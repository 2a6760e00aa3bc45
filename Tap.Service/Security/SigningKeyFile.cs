using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Tap.Service.Security;

/// <summary>Signing keys in PEM files: the local key that the `token` command and the service share, or an issuer's public key.</summary>
internal static class SigningKeyFile
{
    /// <summary>The algorithm of the local key (ECDSA on P-256).</summary>
    public const string LocalAlgorithm = SecurityAlgorithms.EcdsaSha256;

    /// <summary>Reads the local key, creating it first if it does not exist yet (readable by its owner only).</summary>
    public static SecurityKey ReadOrCreateLocal(string path)
    {
        if (!File.Exists(path))
        {
            CreateLocal(path);
        }

        return Read(path);
    }

    /// <summary>Reads an ECDSA or RSA key, private or public, from a PEM file.</summary>
    public static SecurityKey Read(string path)
    {
        var pem = File.ReadAllText(path);
        var ecdsa = ECDsa.Create();
        try
        {
            ecdsa.ImportFromPem(pem);
            return WithKeyId(new ECDsaSecurityKey(ecdsa), ecdsa.ExportSubjectPublicKeyInfo());
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            // Not an ECDSA key: an RSA one, or nothing usable.
            ecdsa.Dispose();
        }

        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(pem);
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            rsa.Dispose();
            throw new InvalidOperationException($"{path} holds no ECDSA or RSA key in PEM form.", e);
        }

        return WithKeyId(new RsaSecurityKey(rsa), rsa.ExportSubjectPublicKeyInfo());
    }

    private static void CreateLocal(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(path: temporary, options))
        {
            writer.Write(key.ExportPkcs8PrivateKeyPem());
        }

        try
        {
            // A whole file or none: the service and the command may both be first.
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
        }
    }

    /// <summary>The key id (`kid`) is a digest of the public key, so tokens name the key that signed them.</summary>
    private static SecurityKey WithKeyId(SecurityKey key, byte[] publicKey)
    {
        key.KeyId = Base64UrlEncoder.Encode(SHA256.HashData(publicKey)[..12]);
        return key;
    }
}
