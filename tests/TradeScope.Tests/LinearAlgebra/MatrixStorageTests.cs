using TradeScope.LinearAlgebra;
using Xunit;

namespace TradeScope.Tests.LinearAlgebra;

public sealed class MatrixStorageTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1000)] // ordinary uninitialized array
    [InlineData(3 << 20)] // 24 MiB: pinned and pre-faulted on Linux
    public void Uninitialized_storage_has_the_length_and_keeps_what_is_written(int length)
    {
        var a = MatrixStorage.Uninitialized(length);
        Assert.Equal(length, a.Length);
        for (var i = 0; i < length; i++)
            a[i] = i * 0.5;
        for (var i = 0; i < length; i += 4093)
            Assert.Equal(i * 0.5, a[i]);
        if (length > 0)
            Assert.Equal((length - 1) * 0.5, a[^1]);
    }
}
