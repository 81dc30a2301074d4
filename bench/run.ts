import '../local-server/quietSqliteWarning';
import { adapterBench } from './adapter.bench';
import { complianceBench } from './compliance.bench';
import { councilInfluenceBench } from './councilInfluence.bench';
import { dashboardBench } from './dashboard.bench';
import type { Bench } from './harness';
import { registerBench } from './register.bench';
import { serviceDeliveryBench } from './serviceDelivery.bench';

/*
 * `npm run bench`: every benchmark of the product, each reporting a ratio of two measurements taken in the
 * same run, because the machines are shared and absolute times vary from run to run.
 */
const BENCHES: readonly Bench[] = [adapterBench, complianceBench, councilInfluenceBench, dashboardBench, registerBench, serviceDeliveryBench];

async function main(): Promise<void> {
  const only = process.argv[2];
  for (const bench of BENCHES.filter((candidate) => !only || candidate.name.toLowerCase().includes(only.toLowerCase()))) {
    console.log(`\n# ${bench.name}`);
    for (const result of await bench.run()) {
      const figures = Object.entries(result.figures)
        .map(([key, value]) => `${key}=${Number.isInteger(value) ? value : value.toFixed(1)}`)
        .join('  ');
      console.log(`- ${result.name}\n    ${figures}\n    ${result.ratio.label}: ${result.ratio.value.toFixed(2)}`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
