Console.WriteLine("This program must not build: Story.article has an error.");
