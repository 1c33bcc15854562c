/** The offline build's content files by site path (vite.offline.config.ts provides the module). */
declare module 'virtual:offline-content' {
  const files: Readonly<Record<string, string>>;
  export default files;
}
