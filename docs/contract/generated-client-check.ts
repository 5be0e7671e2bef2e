// A frontend's first day, with a client generated from the gateway's joined document (see docs/contract/README.md):
// a create answers the created object, a get the object, and a Money field takes what the server takes.
import { Configuration, ClientsApi, ContractsApi, RateCardsApi, ResponseError } from './client';

const token = process.env.SUITS_TOKEN ?? '';
const config = new Configuration({ basePath: process.env.SUITS_GATEWAY ?? 'http://localhost:8080', accessToken: token });
const finance = new Configuration({ basePath: config.basePath, accessToken: process.env.SUITS_FINANCE_TOKEN ?? '' });
const code = 'GEN' + Math.floor(Math.random() * 1e6);

async function main(): Promise<void> {
  const clients = new ClientsApi(config);
  const created = await clients.registerClient({ newClient: { code, name: 'Generated Client Ltd' } });
  check(created.id !== undefined && created.code === code, `create answers the client: ${JSON.stringify(created)}`);

  const read = await clients.getClient({ clientId: created.id });
  check(read.name === 'Generated Client Ltd' && read.version === created.version, `get answers it: ${read.name}`);

  const contract = await new ContractsApi(config).signContract({
    clientId: created.id,
    newContract: {
      type: 'PROJECT', startsOn: new Date('2026-07-01'), endsOn: new Date('2027-06-30'),
      value: { amount: '120000.50', currency: 'EUR' }, includedRevisionRounds: 2, noticePeriodDays: 30,
    },
  });
  check(contract.value.amount === '120000.50', `Money comes back as sent: ${JSON.stringify(contract.value)}`);

  const rates = new RateCardsApi(finance);
  const rate = await rates.createRateCard({ newRateCard: {
    role: 'CREATIVE', clientId: created.id, hourlyRate: { amount: '95.50', currency: 'EUR' },
    effectiveFrom: new Date('2026-01-01'),
  } });
  check(rate.id !== undefined && rate.hourlyRate.amount === '95.50', `billing's create answers the rate card`);
  const again = await rates.getRateCard({ rateCardId: rate.id });
  check(again.hourlyRate.amount === '95.50' && again.role === 'CREATIVE', `billing's get answers it`);

  try {
    await new ContractsApi(config).signContract({
      clientId: created.id,
      newContract: {
        type: 'PROJECT', startsOn: new Date('2027-07-01'), endsOn: new Date('2028-06-30'),
        value: { amount: '1000.005', currency: 'EUR' }, includedRevisionRounds: 2, noticePeriodDays: 30,
      },
    });
    check(false, 'an amount finer than cents was taken');
  } catch (e) {
    const problem = e instanceof ResponseError ? await e.response.json() : e;
    check(e instanceof ResponseError && e.response.status === 422, `finer than cents: ${JSON.stringify(problem)}`);
  }
}

function check(holds: boolean, what: string): void {
  console.log((holds ? 'ok   ' : 'FAIL ') + what);
  if (!holds) process.exitCode = 1;
}

main().catch((e) => { console.error(e); process.exitCode = 1; });
