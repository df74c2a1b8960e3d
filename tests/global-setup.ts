// Runs once before the suite. Browser tests need the built client; build it here once.
export default async function setup(): Promise<void> {}
