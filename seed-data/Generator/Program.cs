using SeedData.Generator.Tool;

return GeneratorCommand.Run(args, Console.Out, Console.Error);
