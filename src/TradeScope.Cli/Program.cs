using System.Text;
using TradeScope.Cli;

Console.OutputEncoding = Encoding.UTF8;
return App.Run(args, CliContext.FromConsole());
