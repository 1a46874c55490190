// `pnpm start`: builds what is missing, then runs the Node runtime.
console.log('Refdesk: the server is not built yet. Packages live under packages/.');
