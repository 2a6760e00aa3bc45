using SeedData.Generator.Tool;

return args is ["render", .. var renderArgs]
    ? RenderCommand.Run(renderArgs, Console.Error)
    : GeneratorCommand.Run(args, Console.Out, Console.Error);
