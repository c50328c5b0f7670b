import { AppProvider } from "./provider";
import { RootRouter } from "./root-router";

export function App() {
  return (
    <AppProvider>
      <RootRouter />
    </AppProvider>
  );
}
