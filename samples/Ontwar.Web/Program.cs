using Ontwar.Web;

// dotnet run --project samples/Ontwar.Web -- --urls http://127.0.0.1:5080
// curl -s -X POST --data-binary @samples/maria.json -H 'Content-Type: application/json' 'http://127.0.0.1:5080/solve?timeLimit=5'
var app = SolveApi.CreateApp(args);
await app.RunAsync().ConfigureAwait(false);
