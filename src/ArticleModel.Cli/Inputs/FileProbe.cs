using System;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;

namespace ArticleModel.Cli;

/// <summary>
/// Asks the system what a path is (following symbolic links) and which file it really is. .NET exposes neither the
/// file type (named pipe, device, socket) nor the inode, so on Linux this calls <c>statx(2)</c>, whose record layout is
/// the same on every architecture. Elsewhere it falls back to what .NET can tell: folders, files (taken as regular),
/// and the link-resolved full path as identity.
/// </summary>
internal static class FileProbe
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1;
    private const uint StatxIno = 0x100;
    private const int StatxSize = 256;
    private const int ModeOffset = 28;
    private const int InodeOffset = 32;
    private const int DeviceMajorOffset = 136;
    private const int DeviceMinorOffset = 140;
    private const int TypeMask = 0xF000;
    private const int TypeRegular = 0x8000;
    private const int TypeDirectory = 0x4000;

    private static bool s_statxMissing;

    /// <summary>
    /// The kind of <paramref name="path"/> and an identity string equal for two paths exactly when they name the same
    /// file or folder (device and inode where the system tells them).
    /// </summary>
    public static FileKind Probe(string path, out string identity)
    {
        if (OperatingSystem.IsLinux() && !s_statxMissing)
        {
            var buffer = new byte[StatxSize];
            try
            {
                if (CallStatx(path, buffer) != 0)
                {
                    identity = Path.GetFullPath(path);
                    return FileKind.Unknown;
                }
                var mode = BitConverter.ToUInt16(buffer, ModeOffset) & TypeMask;
                identity = string.Create(CultureInfo.InvariantCulture,
                    $"{BitConverter.ToUInt32(buffer, DeviceMajorOffset)}:{BitConverter.ToUInt32(buffer, DeviceMinorOffset)}:{BitConverter.ToUInt64(buffer, InodeOffset)}");
                return mode switch
                {
                    TypeRegular => FileKind.Regular,
                    TypeDirectory => FileKind.Directory,
                    _ => FileKind.Special,
                };
            }
            catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
            {
                s_statxMissing = true; // an old C library: use the portable answer from now on
            }
        }
        return ProbePortably(path, out identity);
    }

    private static FileKind ProbePortably(string path, out string identity)
    {
        try
        {
            var full = Path.GetFullPath(path);
            FileSystemInfo info = Directory.Exists(full) ? new DirectoryInfo(full) : new FileInfo(full);
            var target = info.LinkTarget is null ? null : info.ResolveLinkTarget(returnFinalTarget: true);
            identity = target?.FullName ?? full;
            if (info is DirectoryInfo) return FileKind.Directory;
            return info.Exists && (target is null || target.Exists) ? FileKind.Regular : FileKind.Unknown;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            identity = path;
            return FileKind.Unknown;
        }
    }

    private static bool s_plainLibcName;

    /// <summary>
    /// glibc's run-time name first ("libc" alone may resolve only to the development linker script, libc.so); then the
    /// plain name, which other C libraries answer to.
    /// </summary>
    private static int CallStatx(string path, byte[] buffer)
    {
        if (!s_plainLibcName)
        {
            try
            {
                return StatxGlibc(AtFdCwd, path, 0, StatxType | StatxIno, buffer);
            }
            catch (DllNotFoundException)
            {
                s_plainLibcName = true;
            }
        }
        return StatxLibc(AtFdCwd, path, 0, StatxType | StatxIno, buffer);
    }

    [DllImport("libc.so.6", EntryPoint = "statx", SetLastError = true)]
    private static extern int StatxGlibc(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int StatxLibc(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);
}
